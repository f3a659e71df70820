# CPython: the action's exception goes to the thread that ran it and breaks the barrier, so the other party
# gets BrokenBarrierError: ok log == ['broken', 'index error'] (10/10).
# weft explore: "complete", deadlock only (the other party waits on a barrier that never breaks). The same
# with an implicit IndexError in the action (checks/c224).
import threading

log = []
lock = threading.Lock()


def action():
    raise IndexError("action failed")


barrier = threading.Barrier(2, action=action)


def party():
    try:
        barrier.wait()
        outcome = "passed"
    except threading.BrokenBarrierError:
        outcome = "broken"
    except IndexError:
        outcome = "index error"
    with lock:
        log.append(outcome)


threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
