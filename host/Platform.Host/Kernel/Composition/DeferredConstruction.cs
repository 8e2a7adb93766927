using System.Collections.Concurrent;
using System.Reflection;

namespace Platform.Host.Kernel.Composition;

/// <summary>
/// Autofac prepares a constructor binder (a compiled expression) for every type-based registration when the
/// container is built. Libraries such as OpenIddict register hundreds of handler types of which a request uses a
/// few, so the host paid for all of them on every start. Here those registrations become factories that pick
/// and prepare their constructor the first time the service is resolved, the way the default container chooses it
/// (the longest public constructor whose parameters can all be supplied). Lifetimes and order are kept.
/// </summary>
internal static class DeferredConstruction
{
    /// <summary>Rewrites every non-generic, unkeyed type-based registration into a lazily prepared factory.</summary>
    public static void Apply(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.IsKeyedService || descriptor.ImplementationType is not { } type || type.ContainsGenericParameters)
            {
                continue;
            }

            services[i] = new ServiceDescriptor(descriptor.ServiceType, new LazyConstructor(type).Create, descriptor.Lifetime);
        }
    }

    private sealed class LazyConstructor(Type type)
    {
        private static readonly ConcurrentDictionary<Type, Prepared> PreparedTypes = new();

        public object Create(IServiceProvider services)
        {
            var prepared = PreparedTypes.GetOrAdd(type, static (t, sp) => Prepare(t, sp), services);
            var arguments = new object?[prepared.Parameters.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                var parameter = prepared.Parameters[i];
                arguments[i] = services.GetService(parameter.ParameterType)
                    ?? (parameter.HasDefaultValue ? parameter.DefaultValue : throw Unresolvable(parameter));
            }

            return prepared.Invoker.Invoke(arguments);
        }

        private static Prepared Prepare(Type type, IServiceProvider services)
        {
            var known = services.GetService<IServiceProviderIsService>();
            var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .OrderByDescending(c => c.GetParameters().Length)
                .FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue || known?.IsService(p.ParameterType) != false))
                ?? throw new InvalidOperationException($"No public constructor of {type} can be satisfied from the container.");
            return new Prepared(ConstructorInvoker.Create(constructor), constructor.GetParameters());
        }

        private Exception Unresolvable(ParameterInfo parameter) =>
            new InvalidOperationException($"Cannot resolve {parameter.ParameterType} for parameter '{parameter.Name}' of {type}.");

        private sealed record Prepared(ConstructorInvoker Invoker, ParameterInfo[] Parameters);
    }
}
