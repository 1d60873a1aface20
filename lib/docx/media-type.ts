/** A Word document's media type: what downloads are labelled and the file choosers accept. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
