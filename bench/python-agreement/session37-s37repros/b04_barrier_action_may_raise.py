"""A Barrier's action that may raise (a division by the length of a list that may be empty): still refused."""
import threading

readings = []
averages = []


def close_phase():
    averages.append(sum(readings) // len(readings))
    readings.clear()


barrier = threading.Barrier(2, action=close_phase)


def sensor():
    barrier.wait()


threads = [threading.Thread(target=sensor) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(averages)
