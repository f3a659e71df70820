# check: class attribute shadowed by instance attribute; shared class list
import threading

class Player:
    level = 1
    tags = []

    def __init__(self, name):
        self.name = name


a = 0
b = 0


def work():
    global a, b
    p = Player("x")
    q = Player("y")
    p.level = 5
    p.tags.append("new")
    Player.level = 2
    a = p.level * 100 + q.level * 10 + Player.level
    b = len(q.tags)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
