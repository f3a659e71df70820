# check: random with a fixed seed gives CPython's Mersenne Twister numbers
import random
import threading

random.seed(42)
picks = []


def roll():
    for _ in range(3):
        picks.append(random.randint(1, 100))
    picks.append(random.choice(["red", "green", "blue"]))
    picks.append(random.randrange(0, 1000, 7))


t = threading.Thread(target=roll)
t.start()
t.join()
print(picks)
