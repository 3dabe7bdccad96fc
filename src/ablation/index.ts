/** The pure ablation core: discover toggles, plan variants, inject parameters, read metrics, record results. */
export * from './toggles';
export * from './suggest';
export * from './plan';
export * from './inject';
export * from './glue';
export * from './metrics';
export * from './results';
export * from './study';
export * from './stableJson';
export * from './pythonLiteral';
