# leakage: multi-test@9
import pandas as pd
from lazypredict.Supervised import LazyClassifier
from sklearn.model_selection import train_test_split

data = pd.read_csv("patients.csv")
features, labels = data.drop(columns="outcome"), data["outcome"]
X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.3, random_state=7)
models, predictions = LazyClassifier(verbose=0).fit(X_train, X_test, y_train, y_test)
print(models.head(3))
