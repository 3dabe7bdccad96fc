/** The seed fix's icon: a seedling, drawn with JupyterLab's icon colour class so themes recolour it. */
import { LabIcon } from '@jupyterlab/ui-components';

const SEED_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <g class="jp-icon3" fill="#616161">
    <path d="M11 21v-7.1C7.2 13.6 4 10.6 4 6V4h2c3.4 0 6.2 2.1 7.3 5.1C14.6 7.3 16.7 6 19 6h1v2c0 3.9-2.9 7.1-7 7.6V21z"/>
  </g>
</svg>`;

export const seedFixIcon = new LabIcon({ name: 'jupyterlab-repro-audit:fix-seeds', svgstr: SEED_SVG });
