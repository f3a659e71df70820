# CPython 3.11.7: ok r=1 (print(next(ids)) takes 0, then r takes 1). weft: refused at line 7 column 7
# (before session 18 the next() inside print was only read: complete, r=0).
import itertools

ids = itertools.count()
r = -1
print(next(ids))
r = next(ids)
