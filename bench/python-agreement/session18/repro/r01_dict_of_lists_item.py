# Silent error (weft-start 81fd411): a dict of lists made at module level, indexed twice. weft explore: complete,
# 1 outcome, fault "TypeError: 'int' object is not subscriptable in item(DELAYS['a'], 1)"; CPython: ok, second=2.
DELAYS = {"a": [1, 2]}
second = 0
second = DELAYS["a"][1]
