import threading

i = -1
word = "start"
key = "none"
pair_a = 0
results = {}


def fill():
    results["x"] = 1
    results["y"] = 2


t = threading.Thread(target=fill)
t.start()
t.join()
for i in range(3):
    pass
for word in ["alpha", "beta"]:
    pass
for key in results:
    pass
for pair_a, pair_b in [(1, 2), (3, 4)]:
    pass
print(i, word, key, pair_a)
