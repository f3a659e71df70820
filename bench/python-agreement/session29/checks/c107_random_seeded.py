import random
import threading

random.seed(42)
picks = []


def pick():
    picks.append(random.randint(1, 100))


t = threading.Thread(target=pick)
t.start()
t.join()
first = picks[0]
print(first)
