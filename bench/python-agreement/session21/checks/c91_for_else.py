# for ... else runs the else only when the loop did not break
import threading

found = []


def search(target):
    for n in [1, 2, 3]:
        if n == target:
            found.append(n)
            break
    else:
        found.append(-1)


for target in [2, 9]:
    t = threading.Thread(target=search, args=(target,))
    t.start()
    t.join()
print(found)
