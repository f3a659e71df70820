# check: a comprehension in a class body cannot see the class's names (NameError)
import threading

out = []


class Config:
    base = 10
    values = [base * i for i in range(3)]


def work():
    out.append(sum(Config.values))


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
