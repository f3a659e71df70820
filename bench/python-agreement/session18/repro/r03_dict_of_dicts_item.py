# Silent error (weft-start 81fd411): a nested config dict read with two subscripts. weft explore: complete,
# 1 outcome, a fault; CPython: ok, x=5. (A dict of ints to lists, CONF = {1: [1, 2]}; CONF[1][1], faults the same.)
CONF = {"a": {"b": 5}}
x = 0
x = CONF["a"]["b"]
