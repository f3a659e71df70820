# check: appending to the list being walked makes the walk longer (here it stops at a bound)
import threading

trail = []


def work():
    xs = [1]
    for x in xs:
        trail.append(x)
        if x < 4:
            xs.append(x + 1)


t = threading.Thread(target=work)
t.start()
t.join()
print(trail)
