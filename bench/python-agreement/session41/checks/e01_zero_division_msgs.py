# check: ZeroDivisionError messages for int /, //, % and float /
import threading

msgs = []


def work():
    for a, b, op in [(1, 0, "/"), (1, 0, "//"), (1, 0, "%"), (1.0, 0, "/")]:
        try:
            if op == "/":
                a / b
            elif op == "//":
                a // b
            else:
                a % b
        except ZeroDivisionError as e:
            msgs.append(str(e))


t = threading.Thread(target=work)
t.start()
t.join()
print(msgs)
