# check: the text of int() errors for various strings
import threading

msgs = []


def work():
    for raw in ["4.0", "1e3", "0x10", "", " "]:
        try:
            msgs.append(str(int(raw)))
        except ValueError as e:
            msgs.append(str(e))


t = threading.Thread(target=work)
t.start()
t.join()
print(msgs)
