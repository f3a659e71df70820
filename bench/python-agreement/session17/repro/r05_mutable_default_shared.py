# silent error: a mutable default argument is made once, when the `def` runs, and every call without
# the argument shares it; CPython 3.11 gives sizes [1, 2] every run, weft lists only [1, 1] (complete).
sizes = []


def collect(item, bucket=[]):
    bucket.append(item)
    sizes.append(len(bucket))


collect("a")
collect("b")
