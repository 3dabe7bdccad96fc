/** The side-by-side icon: two panes, code lines on the right, drawn in JupyterLab's themed icon colour. */
import { LabIcon } from '@jupyterlab/ui-components';

const SOURCES_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <g class="jp-icon3" fill="#616161">
    <path d="M3 4h18a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm1 2v12h7V6H4zm9 0v12h7V6h-7z"/>
    <path d="M5 8h5v1.5H5zM5 11h4v1.5H5zM14 8h4v1.5h-4zM15 11h4v1.5h-4zM14 14h3v1.5h-3z"/>
  </g>
</svg>`;

export const sourcesIcon = new LabIcon({ name: 'jupyterlab-repro-audit:sources', svgstr: SOURCES_SVG });
