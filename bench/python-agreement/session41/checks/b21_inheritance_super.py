# check: super() chain and method override
import threading

class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__}:{self.sound}"


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return super().speak().upper()


a = ""


def work():
    global a
    a = Dog().speak() + "|" + Animal().speak()


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
