/**
 * The demo site's post composer in the test document: a textarea and a post button that records what it
 * posted. Shared by the content-script unit tests.
 */
export function demoComposer(text: string): { button: HTMLButtonElement; posted: string[] } {
  document.body.innerHTML = `
    <section data-testid="demo-post-composer">
      <textarea data-testid="demo-post-text"></textarea>
      <button data-testid="demo-post-button">Plaatsen</button>
    </section>`;
  const box = document.querySelector<HTMLTextAreaElement>('textarea')!;
  box.value = text;
  const posted: string[] = [];
  const button = document.querySelector('button')!;
  button.addEventListener('click', () => posted.push(box.value));
  return { button, posted };
}
