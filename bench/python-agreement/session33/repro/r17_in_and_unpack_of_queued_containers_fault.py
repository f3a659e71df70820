# SILENT (weft "complete", every outcome a fault CPython never has): a dict or list taken from a queue
# and then tested with `in`, unpacked, or searched. `"kind" in msg` of a dict from a queue.Queue faults
# with "TypeError: argument of type 'int' is not iterable in `contains(msg, 'kind')`"; the same for
# `2 in item` of a list, `item.index(1)` (AttributeError: 'object' object has no attribute 'index'),
# `kind, qty = item` of a list (TypeError: cannot unpack a value that is no tuple), also through an
# asyncio.Queue (checks/quick/r17b.py: `kind, qty = await inbox.get()`), and `", ".join(item)` (TypeError:
# can only join an iterable), `item.count(1)` (AttributeError), `item[1:]` (TypeError: 'int' object is
# not subscriptable), `3 not in item`, `item + item`, `[2] in item` (checks/quick/ql_join.py, ql_count.py, ql_slice.py, ql_nested_in.py),
# a LifoQueue (lifo_list_in.py), and a multiprocessing Pipe's or Queue's message in the parent:
# `'a' in conn.recv()`'s list, `'k' in q.get()`'s dict (pipe_list_in.py, mpq_dict_in.py: complete, fault). explore says "complete: these
# are all the outcomes" with the fault the only outcome, so a user reads a TypeError their program
# does not have and never sees its real state. (`len(item)` and `if item:` of the same values fault
# too, but say "incomplete ... what weft does not model yet": r16.)
# Checked forms that work on such values: `item[-1]`, `sum(item)`, `for x in item`, `msg["qty"]`,
# and `len` of a tuple or a str (checks/quick/ql_*.py, qd_*.py, qt_len.py, qs_len.py).
# The other way round, values where CPython raises: a list from a queue used as a dict key is stored
# (`counts[[1, 2]]=1`, complete) where CPython raises TypeError: unhashable type: 'list'
# (quick/qk_list_key.py), and `item * 3` of a list from a queue raises TypeError in weft where CPython
# makes [1, 1, 1] (quick/qk_list_mul.py). The same forms on a list the function made are refused.
# A realistic event router (checks/h01_event_router.py: two sources put dict events, a router counts
# them by `"type" in event`): CPython {'click': 1, 'view': 1, 'unknown': 1} ['no type']; weft 120
# schedules, complete, every one `fault` with all counts 0.
# CPython 3.11: [2, -1].  weft-start explore: 14 schedules, complete, all `fault len(handled)=0`.
import queue
import threading

inbox = queue.Queue()
handled = []


def producer():
    inbox.put({"kind": "order", "qty": 2})
    inbox.put({"qty": 5})
    inbox.put(None)


def consumer():
    while (msg := inbox.get()) is not None:
        if "kind" in msg:
            handled.append(msg["qty"])
        else:
            handled.append(-1)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(handled)
