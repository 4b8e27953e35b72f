import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>MedGlance options</h1>
      <label>
        <input type="checkbox" checked /> Highlight mentions on web pages
      </label>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
