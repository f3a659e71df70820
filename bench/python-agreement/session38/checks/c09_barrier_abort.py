# Barrier.abort() breaks the barrier: a waiting thread gets BrokenBarrierError.
import threading

log = []
barrier = threading.Barrier(2)


def waiter():
    try:
        barrier.wait()
        log.append("passed")
    except threading.BrokenBarrierError:
        log.append("broken")


t = threading.Thread(target=waiter)
t.start()
while barrier.n_waiting == 0:
    pass
barrier.abort()
t.join()
log.append(barrier.broken)
print(log)
