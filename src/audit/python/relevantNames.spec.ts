import { SEEDING_CALLS } from '../seeds/seedCalls';
import * as draws from '../seeds/randomDraws';
import { ATTRIBUTE_NAMES, isAttributeDecidedModule, isRelevantName } from './relevantNames';

/** Every name the checks' curated draw and seeding tables recognise makes a statement worth parsing. */
describe('relevant names cover the checks tables', () => {
  const tables: Array<[string, ReadonlySet<string>]> = [
    ['TORCH_FUNCTION_DRAWS', draws.TORCH_FUNCTION_DRAWS],
    ['TORCH_RANDOM_MODULES', draws.TORCH_RANDOM_MODULES],
    ['TORCH_FUNCTIONAL_DRAWS', draws.TORCH_FUNCTIONAL_DRAWS],
    ['TORCH_TENSOR_METHOD_DRAWS', draws.TORCH_TENSOR_METHOD_DRAWS],
    ['TORCH_RANDOM_SAMPLERS', draws.TORCH_RANDOM_SAMPLERS],
    ['TF_RANDOM_DRAWS', draws.TF_RANDOM_DRAWS],
    ['TF1_RANDOM_DRAWS', draws.TF1_RANDOM_DRAWS],
    ['KERAS_RANDOM_LAYERS', draws.KERAS_RANDOM_LAYERS],
    ['KERAS_SHUFFLING_LOADERS', draws.KERAS_SHUFFLING_LOADERS],
    ['TORCHVISION_RANDOM_TRANSFORMS', draws.TORCHVISION_RANDOM_TRANSFORMS]
  ];
  it.each(tables)('%s', (_, table) => {
    expect([...table].filter(name => !isRelevantName(name, true))).toEqual([]);
  });

  it('the last name of every seeding call', () => {
    const names = SEEDING_CALLS.flatMap(c => c.names.map(n => n.slice(n.lastIndexOf('.') + 1)));
    expect(names.filter(name => !isRelevantName(name, true))).toEqual([]);
  });

  it('counts attribute names only after a dot, fragments anywhere', () => {
    expect(isRelevantName('fit', true)).toBe(true);
    expect(isRelevantName('fit', false)).toBe(false);
    expect(isRelevantName('random_state', false)).toBe(true);
    expect(isRelevantName('zeros', true)).toBe(false);
    expect(ATTRIBUTE_NAMES.has('join')).toBe(false);
  });

  it('judges the standard library and known frameworks by the name after the dot, other modules never', () => {
    expect(['os', 'numpy', 'torch', 'json'].map(isAttributeDecidedModule)).toEqual([true, true, true, true]);
    expect(['utils', 'sklearn', 'xgboost', 'requests'].map(isAttributeDecidedModule)).toEqual([false, false, false, false]);
  });
});
