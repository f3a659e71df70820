# SILENT ERROR. CPython (every run): ['1', '1', '0']. weft (start binary): ['True', 'True', 'False'],
# "complete". The text of `1 if c else 0` (an f-string, `str(...)`) of a value known only at run time
# is written as Python's bool text: crates/pyimport/src/expr.rs `to_code` says a static int 0 or 1 is
# `boolean` (`value == 0 || value == 1`, because `True`/`False` literals import as 1/0), `conditional`
# makes `then_boolean && otherwise_boolean` the flag of the whole conditional, and the f-string
# (`is_bool = ... || matches!(ex, Ex::Code { boolean: true, .. })`) and `str` arms then wrap it in
# `'True' if (...) else 'False'`. `f"{10 if c else 20}"` agrees; `1 if c else 0` known at import time
# agrees (computed statically).
import queue
import threading

log = []
q = queue.Queue()


def work():
    amount = q.get()
    log.append(f"{1 if amount > 3 else 0}")
    log.append(str(1 if amount > 3 else 0))
    log.append(f"{0 if amount > 3 else 1}")


t = threading.Thread(target=work)
t.start()
q.put(5)
t.join()
print(log)
