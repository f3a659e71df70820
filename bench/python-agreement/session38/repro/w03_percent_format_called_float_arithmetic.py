# WRONG WORDS. CPython: ['2.500']. weft (start binary): refused at 11:25, "this is a float in arithmetic
# with a value known only at run time; weft computes with floats that flow as values ... but not with a
# float literal beside one yet" -- `"%.3f" % price` is string formatting, not arithmetic, and there is no
# float literal (f"{price:.3f}" imports and agrees). crates/pyimport/src/expr.rs, the words at line ~773.
import threading

log = []


def work(price):
    log.append("%.3f" % price)


t = threading.Thread(target=work, args=(2.5,))
t.start()
t.join()
print(log)
