# random.choice of a server for each request: every choice is possible.
import random
import threading

hits = {"s1": 0, "s2": 0}


def route():
    server = random.choice(["s1", "s2"])
    hits[server] += 1


t = threading.Thread(target=route)
t.start()
t.join()
s1 = hits["s1"]
print(s1)
