import threading

caught = []


def risky():
    for text, d in (("8", 2), ("x", 1), ("6", 0), ("3.5", 1)):
        try:
            caught.append(int(text) // d)
        except ValueError:
            caught.append(-1)
        except ZeroDivisionError:
            caught.append(-2)
    try:
        "abc".index("z")
    except ValueError:
        caught.append(-3)
    try:
        [1, 2][5]
    except IndexError:
        caught.append(-4)
    try:
        {"a": 1}["b"]
    except KeyError:
        caught.append(-5)


t = threading.Thread(target=risky)
t.start()
t.join()
print(caught)
