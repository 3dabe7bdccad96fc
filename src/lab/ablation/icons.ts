/** The ablation study's icon: bars of falling height, drawn with JupyterLab's icon colour class so themes recolour it. */
import { LabIcon } from '@jupyterlab/ui-components';

const ABLATION_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <g class="jp-icon3" fill="#616161">
    <path d="M3 20h18v2H3z"/>
    <path d="M4 6h4v13H4zM10 10h4v9h-4zM16 14h4v5h-4z"/>
  </g>
</svg>`;

export const ablationIcon = new LabIcon({ name: 'jupyterlab-repro-audit:ablation', svgstr: ABLATION_SVG });
