# int(row) as a bare statement validating rows in a thread: CPython rejects "x" (accepted 2, rejected 1);
# weft drops the call and its ValueError (accepted 3, rejected 0, complete).
# CPython 3.11.7: `accepted=2 rejected=1` (5 of 5 runs); weft explore: `accepted=3 rejected=0`, its only outcome, "complete".
import threading

rejected = 0
accepted = 0


def validate(rows):
    global rejected, accepted
    for row in rows:
        try:
            int(row)
        except ValueError:
            rejected += 1
        else:
            accepted += 1


t = threading.Thread(target=validate, args=(["1", "x", "3"],))
t.start()
t.join()
print(accepted, rejected)
