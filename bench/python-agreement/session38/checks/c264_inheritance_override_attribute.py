# ordered
# A subclass's class attribute overrides the base's; a method of the base reads self.attribute.
import threading

log = []


class Notifier:
    channel = "email"

    def send(self, msg):
        return f"{self.channel}:{msg}"


class SmsNotifier(Notifier):
    channel = "sms"


def worker():
    log.append(Notifier().send("a"))
    log.append(SmsNotifier().send("b"))


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
