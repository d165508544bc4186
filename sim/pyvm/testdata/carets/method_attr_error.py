class Dog:
    def speak(self):
        return self.sound.upper()

Dog().speak()
