import { FONT_SPECIMEN } from './fontSpecimen.ts';

// Looks up the fonts the pages use, one size and weight per task, while the app mounts (decision
// 036). A renderer looks up each size and weight of a font family once, with a synchronous request
// to the browser; left to the pages, a cold visit made about 30 of them, 20–86 ms in all, inside the
// detail page's first layout. Here each is a hidden line laid out in a task of its own, a few
// milliseconds each, and the line is gone once every one has been laid out.
if (typeof document !== 'undefined') {
  const lines = document.createElement('div');
  lines.className = 'font-specimen';
  lines.setAttribute('aria-hidden', 'true');
  document.body.append(lines);
  let next = 0;
  const layOutNext = () => {
    const className = FONT_SPECIMEN[next];
    if (className === undefined) {
      lines.remove();
      return;
    }
    next += 1;
    const line = document.createElement('span');
    line.className = className;
    line.textContent = 'Aa 09';
    lines.append(line);
    // Measuring it lays it out now, which is when its font is looked up.
    line.getBoundingClientRect();
    setTimeout(layOutNext, 0);
  };
  setTimeout(layOutNext, 0);
}
