class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance + 'x'

acct = Account('ann', 100)
