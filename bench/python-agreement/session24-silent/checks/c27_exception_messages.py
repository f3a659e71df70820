import threading

msgs = []


def work(d, key):
    try:
        d[key]
    except KeyError as e:
        msgs.append(str(e))
    try:
        [][1]
    except IndexError as e:
        msgs.append(str(e))
    try:
        1 // 0
    except ZeroDivisionError as e:
        msgs.append(str(e))
    try:
        int("x")
    except ValueError as e:
        msgs.append(str(e))


t = threading.Thread(target=work, args=({}, "k"))
t.start()
t.join()
print(msgs)
