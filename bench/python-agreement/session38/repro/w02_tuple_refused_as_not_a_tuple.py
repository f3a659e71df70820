# WRONG WORDS. CPython: [True]. weft (start binary): refused at 12:16, "this is a list or a tuple, where
# weft needs a value of a step (a number, None, a string, a bool or a tuple)" -- the words say a tuple
# is what weft needs and refuse a tuple. Here `p` and `q` are tuples handed to a thread and compared
# (`p < q`); held-out f01's `accepted.append(image)` (`image` from a module list of tuple displays) gets
# the same words. crates/pyimport/src/expr.rs `to_code`, the `Ex::Static(other)` arm.
import threading

log = []


def work(p, q):
    log.append(p < q)


t = threading.Thread(target=work, args=((1, "a"), (1, "b")))
t.start()
t.join()
print(log)
