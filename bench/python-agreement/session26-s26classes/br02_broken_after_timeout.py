# refused: a barrier whose wait may time out can break; weft does not read its broken state in a step
import threading

barrier = threading.Barrier(2, timeout=0.05)


def lonely():
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        pass


t = threading.Thread(target=lonely)
t.start()
t.join()
print(barrier.broken)
