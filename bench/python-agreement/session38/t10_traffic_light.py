# Two directions of a one-lane bridge take turns: each direction waits for its own Event, lets its cars
# across, then clears its event and sets the other's.
import threading

north_go = threading.Event()
south_go = threading.Event()
crossings = []
ROUNDS = 3


def direction(name, mine, other):
    for round_number in range(ROUNDS):
        mine.wait()
        mine.clear()
        crossings.append(f"{name}{round_number}")
        other.set()


north = threading.Thread(target=direction, args=("N", north_go, south_go))
south = threading.Thread(target=direction, args=("S", south_go, north_go))
north.start()
south.start()
north_go.set()
north.join()
south.join()

print(f"crossings={crossings}")
