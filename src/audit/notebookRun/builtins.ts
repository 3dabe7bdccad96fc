/** Names a notebook can read without defining them: Python 3's builtins and what IPython adds. */

const PYTHON_BUILTINS = `
abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex
copyright credits delattr dict dir divmod enumerate eval exec filter float format frozenset getattr globals
hasattr hash help hex id input int isinstance issubclass iter len license list locals map max memoryview min
next object oct open ord pow print property range repr reversed round set setattr slice sorted staticmethod str
sum super tuple type vars zip __import__ __build_class__ __debug__ __doc__ __name__ __package__ __spec__
__loader__ __builtins__ __file__ __annotations__ NotImplemented Ellipsis None True False
BaseException BaseExceptionGroup Exception ExceptionGroup ArithmeticError AssertionError AttributeError
BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EncodingWarning EOFError
EnvironmentError FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit ImportError
ImportWarning IndentationError IndexError InterruptedError IOError IsADirectoryError KeyError
KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplementedError
OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError
ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError
SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError
UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning
ZeroDivisionError`;

/** IPython's own names in a kernel's namespace (`In`, `Out`, `_`, `__`, `___`, `_ih`, `_oh`, `_dh`). */
const IPYTHON_BUILTINS = 'display get_ipython In Out _ __ ___ _i _ii _iii _ih _oh _dh exit quit';

const BUILTINS = new Set([...PYTHON_BUILTINS.split(/\s+/), ...IPYTHON_BUILTINS.split(' ')].filter(Boolean));

/** Whether reading `name` needs no definition in the notebook; `_5`, `_i5` are IPython's output history. */
export function isBuiltinName(name: string): boolean {
  return BUILTINS.has(name) || /^_i?\d+$/.test(name);
}
