export function App() {
  return (
    <main>
      <h1>KKFZ-assistent</h1>
      <p>Sleep een kwaliteitsverslag (.docx) hierheen om het te controleren.</p>
    </main>
  );
}
