import { render } from 'preact';

render(<main>Badge Lens</main>, document.getElementById('app')!);
