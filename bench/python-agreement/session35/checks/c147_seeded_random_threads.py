"""random.seed(7), then two threads each draw randint(1, 100): who draws first decides who gets which."""
import random
import threading

random.seed(7)
draws = {}


def draw(name):
    draws[name] = random.randint(1, 100)


threads = [threading.Thread(target=draw, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(draws)
