"""A particle simulation in phases: each worker moves its particle, then all meet at a Barrier."""
import threading

STEPS = 3
positions = [0, 10, 20]
velocities = [1, -2, 3]
history = []
lock = threading.Lock()


def record():
    # runs once per phase, in one thread, while the others wait
    history.append(tuple(positions))


barrier = threading.Barrier(len(positions), action=record)


def particle(i):
    for _ in range(STEPS):
        positions[i] += velocities[i]
        barrier.wait()


threads = [threading.Thread(target=particle, args=(i,)) for i in range(len(positions))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final:", positions)
print("phases:", len(history))
print("history:", history)
