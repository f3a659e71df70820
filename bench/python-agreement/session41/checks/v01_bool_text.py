# check: bool text in f-strings and format specs
import threading

a = ""


def work():
    global a
    flag = 3 > 2
    a = f"{flag}|{flag:d}|{flag!r}|{int(flag)}|{flag + 0.5}|{str(not flag)}|{None}"


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
