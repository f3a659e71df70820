from multiprocessing import Process

counter = 0

def bump():
    global counter
    counter += 10

if __name__ == "__main__":
    p = Process(target=bump)
    p.start()
    p.join()
    final = counter
