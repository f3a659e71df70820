# Wrong words: `args=("x")` (a string: the parentheses make no tuple) is refused with "`args` must be a
# tuple, not a string". Python has no such rule: Thread calls target(*args), so any iterable works; here
# the one-character string gives export('x') and CPython prints ['x']. (With a longer string, args=("report"), CPython
# fails in the thread with TypeError: export() takes 1 positional argument but 6 were given; checks/h01.)
# The words could say that weft takes a tuple, and that a string's characters become the arguments.
# Command: /work/notes/s41/weft-start import w09_args_string_must_be_tuple.py
import threading

done = []


def export(name):
    done.append(name)


t = threading.Thread(target=export, args=("x"))
t.start()
t.join()
print(done)
