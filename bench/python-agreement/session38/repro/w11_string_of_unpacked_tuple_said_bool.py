# WRONG WORDS. CPython: ['ann,1,0', 'bob,0,1', 'cy,1,1']. weft (start binary): refused at 20:19, "`name`
# is given a bool in one place (`True`, a comparison, an argument) and another value elsewhere" --
# `name` is only ever the first item of the tuples put, a string; the bool is the third item
# (`overdue`). crates/pyimport/src/translate/bool_names.rs binds every name of an unpacking `Mixed` when
# the value's items cannot be told apart (`unpacked.for_each(|name| bind(&name, Some(BoolName::Mixed)))`).
import queue
import threading

log = []
rows = queue.Queue()
lock = threading.Lock()


def exporter():
    while True:
        row = rows.get()
        if row is None:
            break
        name, logins, overdue = row
        line = f"{name},{1 if logins > 0 else 0},{1 if overdue else 0}"
        with lock:
            log.append(line)


t = threading.Thread(target=exporter)
t.start()
for row in [("ann", 3, False), ("bob", 0, True), ("cy", 7, True)]:
    rows.put(row)
rows.put(None)
t.join()
print(log)
