# allowed.index(c) as a bare statement, a membership check by its ValueError: CPython bad=1; weft drops the
# call (a value form of index() is modelled since session 25, the statement is not): bad=0, complete.
# CPython 3.11.7: `allowed[0]=red allowed[1]=green bad=1` (5 of 5 runs); weft explore: `allowed[0]=red allowed[1]=green bad=0`, its only outcome, "complete".
import threading

allowed = ["red", "green"]
bad = 0


def validate(colors):
    global bad
    for c in colors:
        try:
            allowed.index(c)
        except ValueError:
            bad += 1


t = threading.Thread(target=validate, args=(["red", "blue"],))
t.start()
t.join()
print(bad)
